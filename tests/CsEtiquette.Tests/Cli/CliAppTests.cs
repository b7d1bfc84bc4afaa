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

    [Theory]
    [InlineData("segment", "--mode")]
    [InlineData("lint", "--rules")]
    [InlineData("rewrite", "--slot")]
    [InlineData("analyze", "--redact")]
    public void Help_PrintsSynopsis_AndSucceeds(string command, string flag)
    {
        var (code, output, _) = CliHarness.Run("", command, "--help");
        Assert.Equal(0, code);
        Assert.StartsWith($"usage: cse {command}", output);
        Assert.Contains(flag, output);
    }
}
