#include "adapters/clamav/clamav_backends.h"

namespace aup {

ClamavResult EmbeddedBackend::scanPart(std::string_view bytes, const std::string& name) const {
  // One reference per part: a reload swapping the engine mid-message never frees this one.
  ClamavEnginePtr engine = provider_->currentEngine();
  if (!engine) return {ClamavStatus::Error, "ClamAV engine not loaded"};
  return scanWithEngine(*engine, bytes, name, provider_->maxPartSize());
}

bool ClamavBackends::hasSignatureDatabases(const std::filesystem::path& dir) const {
  return aup::hasSignatureDatabases(dir);
}

std::shared_ptr<ClamavEngineService> ClamavBackends::engineService(const ClamavEngineSettings& settings,
                                                                   std::int64_t reloadCheckSeconds) {
  std::lock_guard lock(mutex_);
  std::erase_if(live_, [](const Entry& e) { return e.service.expired(); });
  for (const auto& e : live_) {
    if (e.settings == settings && e.reloadCheckSeconds == reloadCheckSeconds) {
      if (auto service = e.service.lock()) return service;
    }
  }
  // Loaded under the lock: two snapshots built at once must not compile the signatures twice.
  auto service = std::make_shared<ClamavEngineService>(settings, reloadCheckSeconds);
  if (watching_) service->startWatcher();
  live_.push_back({settings, reloadCheckSeconds, service});
  return service;
}

void ClamavBackends::startBackgroundWork() {
  std::lock_guard lock(mutex_);
  watching_ = true;
  for (const auto& e : live_) {
    if (auto service = e.service.lock()) service->startWatcher();
  }
}

std::vector<VirusDatabaseInfo> ClamavBackends::databases() const {
  std::lock_guard lock(mutex_);
  std::vector<VirusDatabaseInfo> out;
  for (const auto& e : live_)
    if (auto service = e.service.lock()) out.push_back(service->databaseInfo());
  return out;
}

std::shared_ptr<const PartScanBackend> ClamavBackends::embedded(const ClamavEngineSettings& settings,
                                                                std::int64_t reloadCheckSeconds) {
  return std::make_shared<EmbeddedBackend>(engineService(settings, reloadCheckSeconds));
}

std::shared_ptr<const PartScanBackend> ClamavBackends::clamd(const ClamdSettings& settings) {
  return std::make_shared<ClamdBackend>(settings);
}

}  // namespace aup
