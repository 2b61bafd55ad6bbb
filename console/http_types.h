#pragma once
// HttpRequest / HttpResponse - what the console's handlers take and return. The HTTP server
// (http_server.cpp, cpp-httplib) only copies into and out of these, so every handler can be
// driven by a test without a socket.

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace aup::console {

struct HttpRequest {
  std::string method;                         // "GET", "POST", "DELETE"
  std::string path;                           // decoded path, no query: "/api/v1/messages/ab12..."
  std::map<std::string, std::string> query;   // decoded query parameters (the first of each name)
  std::map<std::string, std::string> headers; // names in lower case
  std::string body;
  std::string remoteAddress;                  // the client's IP address
};

struct HttpResponse {
  int status = 200;
  std::string contentType = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers (Set-Cookie ...)
};

// The value of cookie `name` in a Cookie header ("" when absent).
// XXX cpp-httplib 0.11 has no cookie API; a Cookie header is "n=v; n=v" (RFC 6265 5.4).
std::string cookieValue(const std::string& cookieHeader, const std::string& name);

}  // namespace aup::console
