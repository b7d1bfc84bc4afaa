namespace CsEtiquette.Templates;

/// <summary>
/// Chooses a variant deterministically from (conversation seed, template, turn) so that consecutive turns
/// never repeat a variant, and every variant is used once within each block of <c>n</c> turns.
/// </summary>
/// <remarks>
/// Turns are grouped into epochs of <c>n</c> (the variant count). Each epoch uses a permutation of the
/// variants shuffled from a hash of (seed, template, epoch): within an epoch consecutive turns differ.
/// At an epoch boundary, if the new permutation would start with the previous epoch's last variant, its
/// first two entries are swapped. For <c>n ≥ 3</c> the swap never moves the last entry, so each epoch's last
/// variant depends only on its own hash: the choice stays O(n) and closed-form (no walk over all turns).
/// For <c>n = 2</c> the variants simply alternate from a seeded start.
/// </remarks>
internal static class VariantSelector
{
    /// <summary>The most variants a template may have (the shuffle runs on the stack).</summary>
    public const int MaxVariants = 64;

    public static int Select(long seed, ulong templateHash, int turn, int variantCount)
    {
        if (variantCount <= 1)
        {
            return 0;
        }

        var baseHash = Mix((ulong)seed ^ Mix(templateHash));
        if (variantCount == 2)
        {
            return (int)((baseHash + (ulong)turn) & 1);
        }

        var epoch = turn / variantCount;
        var position = turn % variantCount;
        Span<int> current = stackalloc int[variantCount];
        Shuffle(baseHash, epoch, current);
        if (epoch > 0 && position <= 1)
        {
            Span<int> previous = stackalloc int[variantCount];
            Shuffle(baseHash, epoch - 1, previous);
            if (current[0] == previous[variantCount - 1])
            {
                (current[0], current[1]) = (current[1], current[0]);
            }
        }

        return current[position];
    }

    private static void Shuffle(ulong baseHash, int epoch, Span<int> into)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] = i;
        }

        var state = baseHash ^ ((ulong)(uint)epoch * 0x9E3779B97F4A7C15UL);
        for (var i = into.Length - 1; i > 0; i--)
        {
            state = Mix(state + 0x9E3779B97F4A7C15UL);
            var j = (int)(state % (ulong)(i + 1));
            (into[i], into[j]) = (into[j], into[i]);
        }
    }

    /// <summary>SplitMix64 finaliser.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
