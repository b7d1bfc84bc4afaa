using CsEtiquette.Internal;
using CsEtiquette.Linting;
using CsEtiquette.Templates;
using CsEtiquette.Tests.Cli;

namespace CsEtiquette.Tests.Security;

/// <summary>Issue #17 defect 8: an endless or huge pack fails fast with a clear error instead of exhausting memory.</summary>
public sealed class PackSizeCapTests
{
    [Theory]
    [InlineData("lint", "--rules")]
    [InlineData("analyze", "--lexicon")]
    public void Cli_DevZeroPack_IsAClearErrorNotACrash(string command, string option)
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var (code, _, err) = CliHarness.Run("你好\n", command, option, "/dev/zero");
        Assert.Equal(1, code);
        Assert.Contains("/dev/zero", err, StringComparison.Ordinal);
        Assert.Contains("MiB pack size limit", err, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateLibrary_EndlessStream_IsAPackError()
    {
        var ex = Assert.Throws<TemplatePackException>(() => TemplateLibrary.Load(new EndlessStream(), "endless.json"));
        Assert.Contains("endless.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("pack size limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RulePack_FileOverTheCap_IsAPackError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-big-{Guid.NewGuid():N}.json");
        using (var f = File.Create(path))
        {
            f.SetLength(PackFile.MaxBytes + 1L);
        }

        try
        {
            var ex = Assert.Throws<RulePackException>(() => RulePack.Load(path));
            Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Spaces forever, like /dev/zero but valid-looking JSON whitespace.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
