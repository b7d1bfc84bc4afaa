using CsEtiquette.Cli;

namespace CsEtiquette.Tests.Cli;

/// <summary>Runs <c>cse</c> in-process with string streams.</summary>
internal static class CliHarness
{
    public static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var o = new StringWriter { NewLine = "\n" };
        var e = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(args, new CliIO(new StringReader(stdin), o, e));
        return (code, o.ToString(), e.ToString());
    }
}
