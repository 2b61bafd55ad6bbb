#include "adapters/production_services.h"

#include "adapters/clamav/clamav_backends.h"
#include "adapters/libmagic/libmagic_sniffer.h"
#include "adapters/local_data_files.h"

namespace aup {

ScannerServices productionScannerServices() {
  return {std::make_shared<ClamavBackends>(), std::make_shared<LibmagicSniffer>(), std::make_shared<LocalDataFiles>()};
}

SnapshotPtr loadSnapshot(const std::filesystem::path& configFile, bool demo) {
  return loadSnapshot(configFile, productionScannerServices(), demo);
}

}  // namespace aup
