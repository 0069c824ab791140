#pragma once

namespace steward {

// Qt's string hashing uses 256-bit vector registers (AES) on CPUs that have them and leaves their
// upper halves dirty. Until something clears them, every SSE instruction that follows pays for
// it: SQLite scanned a table 1.6 times slower in a thread that had hashed one QString (a million
// rows' governance queue: 275 ms against 170 ms, the same instruction count under callgrind).
// Clearing costs one instruction; it does nothing on CPUs without AVX or other than x86-64.
void clearUpperVectorState();

} // namespace steward
