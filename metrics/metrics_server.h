#pragma once
// MetricsServer - serves /metrics in Prometheus's text format on the configured address
// ([metrics] listen). Its HTTP thread is prometheus-cpp's (civetweb); it only reads counters and
// asks the services for the scrape-time values, so a slow scrape never holds up mail.

#include <memory>
#include <string>

#include "metrics/milter_metrics.h"

namespace prometheus {
class Exposer;
}

namespace aup {

class MetricsServer {
 public:
  // Binds `listen` ("127.0.0.1:9899", "[::1]:9899"); throws std::runtime_error naming the address
  // when it cannot (in use, not a local address).
  MetricsServer(const std::string& listen, const MilterMetrics& metrics);
  ~MetricsServer();
  MetricsServer(const MetricsServer&) = delete;
  MetricsServer& operator=(const MetricsServer&) = delete;

 private:
  std::unique_ptr<prometheus::Exposer> exposer_;
};

}  // namespace aup
