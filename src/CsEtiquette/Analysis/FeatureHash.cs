namespace CsEtiquette.Analysis;

/// <summary>
/// Seeded FNV-1a (32-bit) over a feature kind and folded UTF-16 code units: digits fold to 0 (订单号 and masked
/// numbers look alike), ASCII and full-width letters to lower-case ASCII, full-width ！？，to ASCII. Stable across
/// platforms and runs: the trained weights are indexed by these hashes.
/// </summary>
internal struct FeatureHash
{
    private const uint Prime = Internal.Fnv1a.Prime32;
    private uint _h;

    private FeatureHash(uint h) => _h = h;

    public readonly uint Value => _h ^ (_h >> 15);

    public static FeatureHash Start(FeatureKind kind, uint seed)
    {
        var h = new FeatureHash(Internal.Fnv1a.Offset32 ^ (seed * 0x9E3779B1u));
        h.Add((char)(0xF000 + (int)kind));
        return h;
    }

    public static uint Of(FeatureKind kind, uint seed, int id)
    {
        var h = Start(kind, seed);
        h.Add((char)(id & 0xFFFF));
        h.Add((char)(id >> 16));
        return h.Value;
    }

    public static uint Of(FeatureKind kind, uint seed, ReadOnlySpan<char> text)
    {
        var h = Start(kind, seed);
        h.Add(text);
        return h.Value;
    }

    public void Add(char c) => AddFolded(Fold(c));

    /// <summary>Adds a code unit already passed through <see cref="Fold"/> (callers that hash one character into several features fold it once).</summary>
    public void AddFolded(char f)
    {
        _h = (_h ^ (byte)f) * Prime;
        _h = (_h ^ (uint)(f >> 8)) * Prime;
    }

    public void Add(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            Add(c);
        }
    }

    public static char Fold(char c) => c switch
    {
        >= '0' and <= '9' => '0',
        >= '０' and <= '９' => '0',
        >= 'A' and <= 'Z' => (char)(c + 32),
        >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'a'),
        >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
        '！' => '!',
        '？' => '?',
        '，' => ',',
        _ => c,
    };
}
