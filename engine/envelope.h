#pragma once
// Envelope - what the MTA told us about a message, outside its content.

#include <optional>
#include <string>
#include <vector>

namespace aup {

struct Envelope {
  std::string mailFrom;                 // bare address, "" for the null sender <>
  std::vector<std::string> recipients;  // bare addresses, in RCPT order
  std::optional<std::string> authUser;  // SASL login ({auth_authen}); absent when not authenticated
  std::string clientAddress;            // IP literal of the SMTP client, "" when unknown
  std::string clientName;               // verified client host name or "unknown"
  bool tls = false;                     // the client used STARTTLS
  std::string queueId;                  // Postfix queue id ("i" macro), "" outside the milter
};

// Strips angle brackets and surrounding space from an SMTP path: "<a@b>" -> "a@b", "<>" -> "".
std::string stripAngleBrackets(std::string_view path);

// Lower-cased domain part of an address ("" when there is no '@').
std::string domainOf(std::string_view address);

// Lower-cased local part of an address (the whole text when there is no '@').
std::string localPartOf(std::string_view address);

std::string toLowerAscii(std::string_view text);

}  // namespace aup
