#pragma once
// decided - the engine's verdict completed by decide() (its SMTP reply filled in), for tests that
// check what the sender is told.

#include "decision/decide.h"

namespace aup::test {

inline Verdict decided(const Engine& engine, const MessageView& view) {
  DecisionSettings d;
  d.reply.organisation = engine.settings().organisation.name;
  d.reply.postmaster = engine.settings().organisation.postmaster;
  return decide(engine, view, d, {}).verdict;
}

}  // namespace aup::test
