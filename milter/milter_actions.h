#pragma once
// MilterActions - what applying a verdict may do to a message inside the MTA.
//
// The libmilter implementation (libmilter_actions.cpp) is the only one that talks to the MTA;
// the verdict applier is written against this interface so tests can record its calls.
// Every function returns false when the MTA refused the request (the caller then tempfails).

#include <string>
#include <vector>

namespace aup {

class MilterActions {
 public:
  virtual ~MilterActions() = default;

  // Sets the SMTP reply for a reject/tempfail; lines hold no CR/LF ('%' is escaped here).
  virtual bool setReply(const std::string& code, const std::string& enhancedCode,
                        const std::vector<std::string>& lines) = 0;
  // Adds an envelope recipient (a Bcc: the headers are untouched).
  virtual bool addRecipient(const std::string& address) = 0;
  // Appends a header; the value is given without its leading space.
  virtual bool addHeader(const std::string& name, const std::string& value) = 0;
  // Replaces the index-th (1-based) occurrence of a header; an empty value deletes it.
  virtual bool changeHeader(const std::string& name, int index, const std::string& value) = 0;
  // Asks the MTA to hold the message (Postfix: the hold queue; the reason text is dropped).
  virtual bool quarantine(const std::string& reason) = 0;
};

}  // namespace aup
