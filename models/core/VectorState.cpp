#include "VectorState.h"

namespace steward {

void clearUpperVectorState()
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    // vzeroupper leaves the lower 128 bits, all this code is compiled to use, as they are.
    static const bool hasAvx = __builtin_cpu_supports("avx");
    if (hasAvx)
        asm volatile("vzeroupper");
#endif
}

} // namespace steward
