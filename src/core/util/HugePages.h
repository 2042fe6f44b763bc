#pragma once

#include <cstddef>
#include <cstdlib>
#include <new>

namespace jobdeck {

// Asks the kernel to back a buffer that has not been written yet with 2 MB pages. Only the whole 2 MB
// pages inside it are advised; other systems and kernels that say no leave it as it is (it is advice).
void adviseHugePages(const void* data, std::size_t bytes);

// Memory for the big, short-lived arrays of a fit (hash tables, counts, vocabularies, rows): 10,000 job
// descriptions touch about 80 MB, which in 4 KB pages is 20,000 page faults and a TLB miss on nearly
// every hash-table probe; that was a fifth of the fit on a virtual machine, where faults are dear.
// Blocks of 1 MB and more are aligned to 2 MB and advised for huge pages; smaller ones are plain.
void* allocateLarge(std::size_t bytes);
void freeLarge(void* data) noexcept;

// An allocator for std::vector over allocateLarge().
template <typename T>
struct LargeAllocator
{
    using value_type = T;
    LargeAllocator() = default;
    template <typename U>
    LargeAllocator(const LargeAllocator<U>&) noexcept
    {
    }
    T* allocate(std::size_t count) { return static_cast<T*>(allocateLarge(count * sizeof(T))); }
    void deallocate(T* data, std::size_t) noexcept { freeLarge(data); }
    template <typename U>
    bool operator==(const LargeAllocator<U>&) const noexcept
    {
        return true;
    }
};

} // namespace jobdeck
