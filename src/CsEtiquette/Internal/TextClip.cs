namespace CsEtiquette.Internal;

/// <summary>Surrogate-safe truncation for samples and messages: a pair (emoji, CJK ext-B) is never split.</summary>
internal static class TextClip
{
    /// <summary>
    /// <paramref name="text"/> when it has at most <paramref name="max"/> code units, else its first
    /// <paramref name="max"/> (one fewer when that would end on a high surrogate) followed by "…".
    /// </summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max > 0 && char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
