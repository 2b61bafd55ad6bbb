#pragma once
// ClamdClient - scans buffers with one or more clamd daemons over INSTREAM (unix or TCP sockets),
// for sites that share a clamd pool between gateways ([clamav] mode = "clamd").
//
// Contract: scan() is const and thread-safe (one connection per call, nothing shared but an
// atomic round-robin index); a daemon that cannot be reached or times out is skipped and the
// next one tried; only when every daemon failed is the result an error.

#include <atomic>
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "scanners/virus/virus_backend.h"

namespace aup {

class ClamdClient {
 public:
  explicit ClamdClient(ClamdSettings settings) : settings_(std::move(settings)) {}
  // Sends `bytes` to the first daemon that answers; the verdict maps to the embedded engine's.
  ClamavResult scan(std::string_view bytes) const;

 private:
  // One attempt against one daemon; returns false (with `why`) when the daemon could not be used.
  bool scanOn(const ClamdEndpoint& endpoint, std::string_view bytes, ClamavResult& result, std::string& why) const;

  ClamdSettings settings_;
  mutable std::atomic<unsigned> next_{0};
};

// Parses one INSTREAM reply ("stream: OK", "stream: Eicar-Sig FOUND", "... ERROR").
ClamavResult parseClamdReply(std::string_view reply);

}  // namespace aup
