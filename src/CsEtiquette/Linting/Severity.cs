namespace CsEtiquette.Linting;

/// <summary>How serious a <see cref="Finding"/> is (严重程度).</summary>
public enum Severity
{
    /// <summary>A suggestion; the reply is acceptable as is.</summary>
    Info = 0,

    /// <summary>The reply breaks a communication rule and should be changed before sending.</summary>
    Warning = 1,

    /// <summary>The reply must not be sent as is (e.g. blame-shifting in a complaint).</summary>
    Error = 2,
}
