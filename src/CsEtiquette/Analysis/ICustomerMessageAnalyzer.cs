namespace CsEtiquette.Analysis;

/// <summary>
/// Analyses customer messages ("listen first", 有效倾听): intents, emotion and intensity, abuse, threats, key facts
/// and missing information. Implementations are stateless and thread-safe; register as a singleton.
/// </summary>
public interface ICustomerMessageAnalyzer
{
    /// <summary>Analyses one customer message.</summary>
    /// <param name="message">The message; any string (empty, huge, lone surrogates) is accepted.</param>
    /// <returns>The analysis; for an empty message: intent <see cref="MessageIntent.Other"/>, neutral emotion, no facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    MessageAnalysis Analyze(string message);

    /// <summary>
    /// Returns a copy of <paramref name="message"/> safe for logs: mobile numbers keep their first 3 and last 4
    /// digits (<c>138****5678</c>) and postal addresses become <c>[地址]</c>. Other text is unchanged.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <returns>The redacted copy (the same instance when there is nothing to redact).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    string Redact(string message);
}
