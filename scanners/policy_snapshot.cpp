#include "scanners/policy_snapshot.h"

#include "config/install_paths.h"
#include "scanners/scanner_factory.h"

namespace aup {

std::string refuseShrunkData(const PolicySnapshot& previous, const PolicySnapshot& next, double maxDropShare) {
  for (const auto& [key, before] : previous.rowCounts) {
    auto it = next.rowCounts.find(key);
    if (it == next.rowCounts.end() || before == 0) continue;
    std::size_t after = it->second;
    if (after < before && static_cast<double>(before - after) > maxDropShare * static_cast<double>(before)) {
      return key + " dropped from " + std::to_string(before) + " to " + std::to_string(after) +
             " rows at once (more than organisation.roster_max_drop = " + std::to_string(static_cast<int>(maxDropShare * 100)) +
             "%); keeping the previous one. If the export is right, raise roster_max_drop or restart aup-milter";
    }
  }
  return {};
}

DecisionSettings decisionSettingsFor(const Settings& settings) {
  DecisionSettings d;
  const Organisation& org = settings.engine.organisation;
  d.reply.organisation = org.name;
  d.reply.postmaster = org.postmaster;
  d.addVerdictHeader = settings.milter.addVerdictHeader;
  d.verdictHeaderName = settings.milter.verdictHeaderName;
  d.storeConfigured = !settings.quarantine.dir.empty();
  d.tokenMaxAgeSeconds = settings.quarantine.tokenMaxAgeSeconds;
  d.noticesEnabled = settings.notices.enabled && d.storeConfigured;
  d.noticeFrom = settings.notices.from;
  d.trustedHostNoticeTo = settings.notices.trustedHostNoticeTo;
  d.noticeRatePerHour = settings.notices.ratePerHour;
  return d;
}

SnapshotPtr loadSnapshot(const std::filesystem::path& configFile, const ScannerServices& services, bool demo) {
  ConfigReader reader = ConfigReader::fromFile(configFile);
  reader.allowDemo(demo || isEmbeddedDemoConfig(configFile));
  auto snapshot = std::make_shared<PolicySnapshot>();
  snapshot->settings = readCoreSettings(reader, allPolicyDeclarations());
  const auto& policies = snapshot->settings.engine.policies;
  std::vector<ScannerPtr> scanners;
  for (const auto& factory : allScannerFactories()) {
    bool enabled = false;
    for (const auto& p : factory.policies) enabled = enabled || policies.at(std::string(p.id)).enabled;
    if (!enabled) {
      // A switched-off policy's keys are not typos.
      for (const auto& p : factory.policies) reader.acceptSection("policy." + std::string(p.id));
      for (const auto& s : factory.settings) reader.acceptKey(s.key);
      continue;
    }
    if (auto scanner = factory.build(reader, snapshot->settings, services)) scanners.push_back(std::move(scanner));
  }
  reader.reportUnknownKeys();
  reader.throwIfErrors();
  snapshot->warnings = reader.warnings();
  snapshot->rowCounts = reader.rowCounts();
  snapshot->watchedFiles = {reader.file()};
  for (const auto& f : reader.watchedFiles()) snapshot->watchedFiles.push_back(f);
  snapshot->engine = std::make_unique<Engine>(snapshot->settings.engine, std::move(scanners));
  snapshot->decision = decisionSettingsFor(snapshot->settings);
  return snapshot;
}

}  // namespace aup
