// ClamdEndpoint::parse - reading a [clamav] clamd_sockets entry is configuration, not I/O: it
// lives with the policy; the socket client that uses the endpoint lives in adapters/clamav/.

#include "scanners/virus/virus_backend.h"

namespace aup {

bool ClamdEndpoint::parse(std::string_view spec, ClamdEndpoint& out, std::string& error) {
  out = {};
  out.text = std::string(spec);
  if (spec.starts_with("unix:")) {
    out.kind = Kind::Unix;
    out.path = std::string(spec.substr(5));
    if (out.path.empty() || out.path.front() != '/') error = "expected \"unix:/absolute/path\"";
    return error.empty();
  }
  if (spec.starts_with("tcp:")) {
    out.kind = Kind::Tcp;
    std::string_view rest = spec.substr(4);
    auto colon = rest.rfind(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 == rest.size()) {
      error = "expected \"tcp:HOST:PORT\"";
      return false;
    }
    std::string_view host = rest.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    out.host = std::string(host);
    out.port = std::string(rest.substr(colon + 1));
    return true;
  }
  error = "expected \"unix:/path\" or \"tcp:HOST:PORT\"";
  return false;
}

}  // namespace aup
