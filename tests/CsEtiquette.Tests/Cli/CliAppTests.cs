namespace CsEtiquette.Tests.Cli;

public sealed class CliAppTests
{
    [Fact]
    public void NoArguments_IsUsageError()
    {
        var (code, _, err) = CliHarness.Run("");
        Assert.Equal(2, code);
        Assert.Contains("usage: cse", err);
    }

    [Fact]
    public void UnknownCommand_IsUsageError_NamingIt()
    {
        var (code, _, err) = CliHarness.Run("", "frobnicate");
        Assert.Equal(2, code);
        Assert.Contains("'frobnicate'", err);
    }

    [Fact]
    public void Version_PrintsPackageVersion()
    {
        var (code, output, _) = CliHarness.Run("", "version");
        Assert.Equal(0, code);
        Assert.Equal(EtiquetteInfo.Version, output.Trim());
    }
}
