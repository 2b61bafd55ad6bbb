#pragma once
// ScannerServices - the I/O a policy needs, behind interfaces, constructed by the edge (the
// milter, aupctl, tests, benchmarks) and handed to every ScannerFactory. Scanners themselves then
// open no sockets or files, load no libraries' global state and keep no process-wide caches; a
// test gives them fakes. The production set: adapters/production_services.h.

#include <memory>

#include "scanners/dangerous_attachment/content_type_sniffer.h"
#include "scanners/data_files.h"
#include "scanners/virus/virus_backend.h"

namespace aup {

struct ScannerServices {
  std::shared_ptr<VirusBackends> virus;                    // libclamav in-process, or clamd
  std::shared_ptr<const ContentTypeSniffer> contentTypes;  // a file's real type (libmagic)
  std::shared_ptr<const DataFiles> files;                  // the roster, rule files, domain lists
};

}  // namespace aup
