namespace CsEtiquette.Linting.Engine;

/// <summary>What one element of a token pattern matches.</summary>
internal enum PatternElementKind
{
    /// <summary>One of <see cref="PatternElement.Alternatives"/>, as text.</summary>
    Literal,

    /// <summary><c>&lt;num&gt;</c>: a run of digits or Chinese numerals (3, 24, 三, 两三, 十五).</summary>
    Number,

    /// <summary><c>_</c>: exactly one whole token that is not punctuation or space.</summary>
    AnyToken,
}

/// <summary>One element of a parsed token pattern.</summary>
internal sealed record PatternElement(PatternElementKind Kind, string[] Alternatives, bool Optional);
