#include "milter/held_mail.h"

namespace aup {

std::optional<ReleaseTokenCheck> ReleaseTokenVerifier::check(const MessageView& message) const {
  if (key_.empty()) return std::nullopt;
  auto value = message.header(kReleasedHeader);
  if (!value) return std::nullopt;
  // The token binds the body, so the check needs the bytes; released mail is rare, so reading a
  // spooled message here costs nothing on the common path.
  return verifyReleaseToken(*value, message.raw().readAll(), key_);
}

}  // namespace aup
