#pragma once
// CLAIMCHECK_ASAN is defined when built with AddressSanitizer (gcc or clang): its
// frames are larger and it reserves terabytes of address space, which the deep stack
// and the address-space backstop must allow for.
#if defined(__SANITIZE_ADDRESS__)
#define CLAIMCHECK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CLAIMCHECK_ASAN 1
#endif
#endif
