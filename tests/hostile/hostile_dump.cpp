// hostile_dump - writes every hostile case (tests/hostile/hostile_messages.h) to DIR/<name>.eml
// and DIR/manifest.tsv ("name<TAB>examined|unscannable|either" per line), for tests that need the
// bytes outside C++ (integration/test_hostile.py sends them through a real Postfix).

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "tests/hostile/hostile_messages.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
    return 2;
  }
  std::filesystem::create_directories(argv[1]);
  std::ofstream manifest(std::filesystem::path(argv[1]) / "manifest.tsv");
  for (const auto& c : aup::hostile::allHostileCases()) {
    const char* expectation = c.expectation == aup::hostile::Expectation::Examined      ? "examined"
                              : c.expectation == aup::hostile::Expectation::Unscannable ? "unscannable"
                                                                                        : "either";
    manifest << c.name << '\t' << expectation << '\n';
    std::ofstream out(std::filesystem::path(argv[1]) / (c.name + ".eml"), std::ios::binary);
    out << c.make();
    if (!out) {
      std::fprintf(stderr, "cannot write %s\n", c.name.c_str());
      return 1;
    }
  }
  return 0;
}
