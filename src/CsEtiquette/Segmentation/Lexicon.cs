#pragma warning disable CA1822 // contract stub
namespace CsEtiquette.Segmentation;

// CONTRACT STUB — the segmenter issue replaces this implementation; keep every public signature.
/// <summary>A jieba prefix dictionary (词典): word frequencies and part-of-speech tags.</summary>
public sealed class Lexicon
{
    /// <summary>The embedded jieba 0.42.1 dictionary, loaded lazily and thread-safely. Read-only.</summary>
    public static Lexicon Default { get; } = new();

    /// <summary>Adds or updates a word; when <paramref name="freq"/> is null it is computed as jieba's <c>suggest_freq</c>.</summary>
    public void AddWord(string word, int? freq = null, string? tag = null) => ArgumentNullException.ThrowIfNull(word);

    /// <summary>Removes a word (sets its frequency to 0, as jieba's <c>del_word</c>).</summary>
    public void DeleteWord(string word) => ArgumentNullException.ThrowIfNull(word);
}
