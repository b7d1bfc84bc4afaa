namespace CsEtiquette.Cli;

/// <summary>Process exit codes shared by every sub-command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Bad data: a user dictionary, rule pack, template pack or input file that cannot be used.</summary>
    public const int DataError = 1;
    /// <summary>Wrong command line: unknown sub-command, flag or value.</summary>
    public const int Usage = 2;
    /// <summary><c>cse lint --fail-on LEVEL</c>: every line was linted and a finding at or above LEVEL exists.</summary>
    public const int FindingsAtOrAboveThreshold = 3;
}
