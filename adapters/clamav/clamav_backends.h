#pragma once
// ClamavBackends - the production VirusBackends: libclamav in this process (a shared,
// background-reloaded engine per distinct [clamav] engine settings) or a clamd pool over
// INSTREAM. The milter keeps one instance for its lifetime, so a config reload with unchanged
// engine settings reuses the compiled engine instead of compiling the signatures again.

#include <memory>
#include <mutex>
#include <vector>

#include "adapters/clamav/clamav_engine_service.h"
#include "adapters/clamav/clamd_client.h"
#include "scanners/virus/virus_backend.h"

namespace aup {

// libclamav in-process, reading the current engine from a provider (reload-safe).
class EmbeddedBackend final : public PartScanBackend {
 public:
  explicit EmbeddedBackend(std::shared_ptr<const EngineProvider> provider) : provider_(std::move(provider)) {}
  ClamavResult scanPart(std::string_view bytes, const std::string& name) const override;

 private:
  std::shared_ptr<const EngineProvider> provider_;
};

// INSTREAM to a clamd pool.
class ClamdBackend final : public PartScanBackend {
 public:
  explicit ClamdBackend(ClamdSettings settings) : client_(std::move(settings)) {}
  ClamavResult scanPart(std::string_view bytes, const std::string& /*name*/) const override {
    return client_.scan(bytes);
  }

 private:
  ClamdClient client_;
};

class ClamavBackends final : public VirusBackends {
 public:
  bool hasSignatureDatabases(const std::filesystem::path& dir) const override;
  std::shared_ptr<const PartScanBackend> embedded(const ClamavEngineSettings& settings,
                                                  std::int64_t reloadCheckSeconds) override;
  std::shared_ptr<const PartScanBackend> clamd(const ClamdSettings& settings) override;
  void startBackgroundWork() override;
  std::vector<VirusDatabaseInfo> databases() const override;

  // The live engine service for these settings, or a newly loaded one (throws ClamavLoadError).
  std::shared_ptr<ClamavEngineService> engineService(const ClamavEngineSettings& settings,
                                                     std::int64_t reloadCheckSeconds);

 private:
  // Weak references: a service lives exactly as long as some snapshot's scanner uses it.
  struct Entry {
    ClamavEngineSettings settings;
    std::int64_t reloadCheckSeconds;
    std::weak_ptr<ClamavEngineService> service;
  };
  mutable std::mutex mutex_;
  std::vector<Entry> live_;
  bool watching_ = false;  // startBackgroundWork() was called: new engines watch their databases too
};

}  // namespace aup
