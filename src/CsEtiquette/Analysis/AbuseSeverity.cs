namespace CsEtiquette.Analysis;

/// <summary>How offensive the worst abusive word in a message is (辱骂/脏话).</summary>
public enum AbuseSeverity
{
    /// <summary>No abuse found.</summary>
    None = 0,

    /// <summary>Rude but common venting (垃圾、坑人).</summary>
    Mild = 1,

    /// <summary>Insults aimed at people (骗子、白痴、滚).</summary>
    Moderate = 2,

    /// <summary>Profanity and curses (脏话).</summary>
    Severe = 3,
}
