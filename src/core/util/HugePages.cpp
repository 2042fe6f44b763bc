#include "util/HugePages.h"

#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace jobdeck {
namespace {

constexpr std::size_t kHugePage = std::size_t(2) << 20;
constexpr std::size_t kLarge = std::size_t(1) << 20;

} // namespace

void adviseHugePages(const void* data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const auto begin = reinterpret_cast<std::uintptr_t>(data);
    const std::uintptr_t first = (begin + kHugePage - 1) & ~std::uintptr_t(kHugePage - 1);
    const std::uintptr_t last = (begin + bytes) & ~std::uintptr_t(kHugePage - 1);
    if (last > first)
        madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

void* allocateLarge(std::size_t bytes)
{
    void* data = nullptr;
#if defined(__linux__)
    if (bytes >= kLarge) {
        const std::size_t rounded = (bytes + kHugePage - 1) & ~(kHugePage - 1);
        data = std::aligned_alloc(kHugePage, rounded);
        if (data)
            adviseHugePages(data, rounded);
    }
#endif
    if (!data)
        data = std::malloc(bytes > 0 ? bytes : 1);
    if (!data)
        throw std::bad_alloc();
    return data;
}

void freeLarge(void* data) noexcept { std::free(data); }

} // namespace jobdeck
