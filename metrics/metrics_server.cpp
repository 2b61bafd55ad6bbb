#include "metrics/metrics_server.h"

#include <prometheus/exposer.h>

#include <stdexcept>

namespace aup {

MetricsServer::MetricsServer(const std::string& listen, const MilterMetrics& metrics) {
  try {
    // One worker thread: scrapes come every few seconds from one Prometheus.
    exposer_ = std::make_unique<prometheus::Exposer>(listen, 1);
  } catch (const std::exception& e) {
    throw std::runtime_error("cannot serve metrics on " + listen + " ([metrics] listen): " + e.what());
  }
  for (const auto& c : metrics.collectables()) exposer_->RegisterCollectable(c, "/metrics");
}

MetricsServer::~MetricsServer() = default;

}  // namespace aup
