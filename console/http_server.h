#pragma once
// ConsoleHttpServer - the thin edge: cpp-httplib in, HttpRequest to ConsoleApi::handle, HttpResponse
// out. Nothing else happens here.

#include <memory>
#include <string>

#include "console/console_api.h"

namespace httplib {
class Server;
}

namespace aup::console {

class ConsoleHttpServer {
 public:
  ConsoleHttpServer(ConsoleApi& api, std::size_t maxBodyBytes);
  ~ConsoleHttpServer();
  // Binds `address`:`port` (port 0 = any free port); returns the port, throws when it cannot bind.
  int bind(const std::string& address, int port);
  // Serves until stop(); call after bind().
  void run();
  void stop();

 private:
  std::unique_ptr<httplib::Server> server_;
};

}  // namespace aup::console
