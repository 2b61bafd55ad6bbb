#pragma once
// LibmilterActions - MilterActions on a live libmilter context (end-of-message only).

#include <libmilter/mfapi.h>

#include "milter/milter_actions.h"
#include "milter/session.h"

namespace aup {

class LibmilterActions final : public MilterActions {
 public:
  // spacing: with SMFIP_HDR_LEADSPC negotiated the MTA stores values verbatim, so we add the space.
  LibmilterActions(SMFICTX* ctx, HeaderSpacing spacing) : ctx_(ctx), spacing_(spacing) {}

  bool setReply(const std::string& code, const std::string& enhancedCode, const std::vector<std::string>& lines) override;
  bool addRecipient(const std::string& address) override;
  bool addHeader(const std::string& name, const std::string& value) override;
  bool changeHeader(const std::string& name, int index, const std::string& value) override;
  bool quarantine(const std::string& reason) override;

 private:
  std::string headerValue(const std::string& value) const;

  SMFICTX* ctx_;
  HeaderSpacing spacing_;
};

}  // namespace aup
