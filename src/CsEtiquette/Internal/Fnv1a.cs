namespace CsEtiquette.Internal;

/// <summary>
/// FNV-1a over UTF-16 code units — the one stable hash of the library (string.GetHashCode is randomised per
/// process): template variant choice, conversation and complaint seeds, report partitions. The same text gives the
/// same value in every process, on every machine. Pure and thread-safe; allocation-free.
/// </summary>
internal static class Fnv1a
{
    private const ulong Offset64 = 14695981039346656037UL;
    private const ulong Prime64 = 1099511628211UL;
    /// <summary>The 32-bit offset basis (for hashes that fold their input first, e.g. the analysis model's features).</summary>
    internal const uint Offset32 = 2166136261u;

    /// <summary>The 32-bit prime.</summary>
    internal const uint Prime32 = 16777619u;

    /// <summary>The 64-bit hash; <c>14695981039346656037</c> for empty text.</summary>
    public static ulong Hash64(ReadOnlySpan<char> text)
    {
        var hash = Offset64;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime64;
        }

        return hash;
    }

    /// <summary>The 32-bit hash; <c>2166136261</c> for empty text.</summary>
    public static uint Hash32(ReadOnlySpan<char> text)
    {
        var hash = Offset32;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime32;
        }

        return hash;
    }
}
