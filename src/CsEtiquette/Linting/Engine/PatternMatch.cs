namespace CsEtiquette.Linting.Engine;

/// <summary>One raw automaton match: pattern id and the matched character range [Start, End).</summary>
internal readonly record struct PatternMatch(int Pattern, int Start, int End);
