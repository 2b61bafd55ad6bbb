#pragma once
// milter_callbacks - the libmilter callback table: tiny trampolines into the connection's Session
// and the MessageDecider. With libmilter_actions.cpp the only code that includes <libmilter/mfapi.h>.

#include "milter/message_decider.h"

namespace aup {

// Registers the callbacks with libmilter (smfi_register). `services` must outlive smfi_main().
// Throws std::runtime_error when libmilter refuses the registration.
void registerMilterCallbacks(const MilterServices& services);

}  // namespace aup
