#include "console/http_server.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace aup::console {

namespace {

HttpRequest toRequest(const httplib::Request& in) {
  HttpRequest out;
  out.method = in.method;
  out.path = in.path;  // httplib has percent-decoded it
  for (const auto& [name, value] : in.params) out.query.emplace(name, value);  // first of each name wins
  for (const auto& [name, value] : in.headers) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    out.headers.emplace(lower, value);
  }
  out.body = in.body;
  out.remoteAddress = in.remote_addr;
  return out;
}

}  // namespace

ConsoleHttpServer::ConsoleHttpServer(ConsoleApi& api, std::size_t maxBodyBytes)
    : server_(std::make_unique<httplib::Server>()) {
  server_->set_payload_max_length(maxBodyBytes);
  auto handler = [&api](const httplib::Request& req, httplib::Response& res) {
    HttpResponse r = api.handle(toRequest(req));
    res.status = r.status;
    for (const auto& [name, value] : r.headers) res.set_header(name, value);
    res.set_content(r.body, r.contentType);
  };
  server_->Get(".*", handler);
  server_->Post(".*", handler);
  server_->Delete(".*", handler);
}

ConsoleHttpServer::~ConsoleHttpServer() = default;

int ConsoleHttpServer::bind(const std::string& address, int port) {
  int bound = port == 0 ? server_->bind_to_any_port(address) : (server_->bind_to_port(address, port) ? port : -1);
  if (bound <= 0) throw std::runtime_error("cannot listen on " + address + ":" + std::to_string(port));
  return bound;
}

void ConsoleHttpServer::run() { server_->listen_after_bind(); }

void ConsoleHttpServer::stop() { server_->stop(); }

}  // namespace aup::console
