using CsEtiquette.Cli;

namespace CsEtiquette.Tests.Cli;

/// <summary><c>cse segment</c> streams (#13): each line's tokens reach the writer before the next line is read.</summary>
public sealed class SegmentStreamingTests
{
    [Theory]
    [InlineData("text", "我们 / 是 / 中国 / 人")]
    [InlineData("json", "[\"我们\",\"是\",\"中国\",\"人\"]")]
    public void EachLine_IsWritten_BeforeTheNextLineIsRead(string format, string firstLine)
    {
        var output = new StringWriter { NewLine = "\n" };
        var seenBeforeSecondRead = new List<string>();
        var input = new ObservingReader(["我们是中国人", "你好", "漏水了"], () => seenBeforeSecondRead.Add(output.ToString()));

        var code = CliApp.Run(["segment", "--format", format], new CliIO(input, output, new StringWriter()));

        Assert.Equal(0, code);
        // Before line 2 is read, line 1 is already out (and before line 3, lines 1 and 2): nothing waits for the end.
        Assert.Equal(firstLine + "\n", seenBeforeSecondRead[0]);
        Assert.Equal(2, seenBeforeSecondRead[1].Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(3, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void EmptyLines_StayEmptyLines_InTextFormat()
    {
        var output = new StringWriter { NewLine = "\n" };
        var code = CliApp.Run(["segment"], new CliIO(new StringReader("你好\n\n漏水了\n"), output, new StringWriter()));
        Assert.Equal(0, code);
        Assert.Equal("你好\n\n漏水 / 了\n", output.ToString());
    }

    private sealed class ObservingReader(string[] lines, Action beforeLaterLine) : TextReader
    {
        private int _next;

        public override string? ReadLine()
        {
            if (_next >= lines.Length)
            {
                return null;
            }

            if (_next > 0)
            {
                beforeLaterLine();
            }

            return lines[_next++];
        }
    }
}
