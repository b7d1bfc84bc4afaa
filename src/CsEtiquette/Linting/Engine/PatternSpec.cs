namespace CsEtiquette.Linting.Engine;

/// <summary>Where an exception pattern looks: around the match, in its sentence, or anywhere in the reply.</summary>
internal enum ExceptionScope
{
    /// <summary>The exception's match must contain the rule's match (<c>马上 为您 处理</c> around <c>马上</c>).</summary>
    Span,

    /// <summary>The exception may match anywhere in the same sentence (a concrete time next to <c>尽快</c>).</summary>
    Sentence,

    /// <summary>The exception may match anywhere in the reply (an alternative offered after a refusal).</summary>
    Reply,
}

/// <summary>An exception pattern of a rule or of one of its patterns.</summary>
internal sealed record ExceptionSpec(string Text, PatternElement[] Elements, ExceptionScope Scope, string JsonPath);

/// <summary>One parsed <c>patterns[i]</c> entry of a rule.</summary>
internal sealed record PatternSpec(
    string Text,
    PatternElement[] Elements,
    SlotTemplate[] Replace,
    SlotTemplate[] Suggest,
    ExceptionSpec[] Except,
    string JsonPath);
