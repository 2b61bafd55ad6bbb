#include "quarantine/schema_migration.h"

namespace aup {

MigrationPlan planMigrations(std::span<const SchemaMigration> steps, int currentVersion) {
  MigrationPlan plan;
  plan.current = currentVersion;
  plan.target = steps.empty() ? 0 : steps.back().version;
  if (currentVersion > plan.target) {
    plan.verdict = MigrationVerdict::TooNew;
    return plan;
  }
  for (const auto& step : steps) {
    if (step.version > currentVersion) plan.pending.push_back(&step);
  }
  if (plan.pending.empty()) return plan;
  plan.verdict = MigrationVerdict::ApplyAtOpen;
  for (const auto* step : plan.pending) {
    if (!step->safeAtOpen) plan.verdict = MigrationVerdict::NeedsMigrate;
  }
  return plan;
}

std::string migrationRefusal(const MigrationPlan& plan, std::string_view store) {
  switch (plan.verdict) {
    case MigrationVerdict::TooNew:
      return std::string(store) + " has schema version " + std::to_string(plan.current) +
             ", newer than this program knows (" + std::to_string(plan.target) +
             "): upgrade aup-milter on this host before it writes to the store";
    case MigrationVerdict::NeedsMigrate:
      return std::string(store) + " is at schema version " + std::to_string(plan.current) + " and needs version " +
             std::to_string(plan.target) + ": run `aupctl quarantine migrate` (stop the milters first)";
    case MigrationVerdict::UpToDate:
    case MigrationVerdict::ApplyAtOpen:
      break;
  }
  return {};
}

}  // namespace aup
