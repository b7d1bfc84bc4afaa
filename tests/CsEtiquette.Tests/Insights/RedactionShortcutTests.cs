using CsEtiquette.Analysis;
using CsEtiquette.Benchmarks;
using CsEtiquette.Insights;
using static CsEtiquette.Tests.Insights.InsightTestLogs;

namespace CsEtiquette.Tests.Insights;

/// <summary>
/// Issue #19 (throughput): a report skips <c>Redact</c> for a customer message whose analysis found no fact that needs a
/// mask. The skip must never change the output: whenever the classifier says "no personal data", <c>Redact</c> returns
/// the message unchanged, and a whole report is identical with and without the shortcut.
/// </summary>
public sealed class RedactionShortcutTests
{
    private static readonly CustomerMessageAnalyzer Analyzer = new(new AnalysisOptions { IncludeEvidence = false });

    private static readonly string[] Texts =
    [
        "你好,这件衣服尺码偏大吗?", "我的手机号是13812345678,麻烦联系我", "手机 138 1234 5678 打不通吗", "电话１３８１２３４５６７８",
        "身份证110101199003078515要填吗?", "寄到北京市朝阳区建国路88号能送到吗?", "收货地址:上海市浦东新区世纪大道100号", "邮箱 kefu@example.com",
        "银行卡6222021234567890123退款到这张", "座机010-12345678", "订单号202611240001什么时候发货", "订单号13812345678是不是填错了",
        "快递单号SF1234567890123到哪了", "TEL13812345678", "我要投诉!收到的耳机是破损的", "12345678901", "在吗?在吗?", "",
    ];

    public static TheoryData<string> Messages() => new(Texts);

    [Theory]
    [MemberData(nameof(Messages))]
    public void NoPersonalDataSignal_MeansRedactChangesNothing(string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        var signals = new AnalyzerCustomerClassifier(Analyzer).Classify(text);
        var redacted = Analyzer.Redact(text);
        if (!signals.MayHoldPersonalData)
        {
            Assert.Equal(text, redacted);
        }

        // The catalogue's personal data is really found (else the check above proves nothing).
        if (redacted != text)
        {
            Assert.True(signals.MayHoldPersonalData, text);
        }
    }

    [Fact]
    public void Catalogue_HasBothKinds() =>
        Assert.Contains(Texts, t => t.Length > 0 && Analyzer.Redact(t) != t);

    [Fact]
    public void Report_IsIdentical_WithAndWithoutTheShortcut()
    {
        var pii = new List<ChatMessage>();
        var i = 0;
        foreach (var text in Texts)
        {
            if (text.Length > 0)
            {
                pii.Add(C("p" + i, text, Base.AddSeconds(i)));
                pii.Add(A("p" + i, "小王", "好的,已为您备注" + text, Base.AddSeconds(i + 1)));
                i += 2;
            }
        }

        var corpus = ReportLogCorpus.JsonLines(3_000);
        var options = new QualityInspectorOptions { Analyzer = Analyzer };
        var withShortcut = new QualityInspector(options);
        var without = new QualityInspector(options, null, new OpaqueClassifier(new AnalyzerCustomerClassifier(Analyzer)));
        Assert.Equal(Json(without.Inspect(pii)), Json(withShortcut.Inspect(pii)));
        Assert.Equal(Json(without.Inspect(Read(corpus))), Json(withShortcut.Inspect(Read(corpus))));
        Assert.DoesNotContain("13812345678", Json(withShortcut.Inspect(pii)), StringComparison.Ordinal);

        static string Json(InsightAggregate a) => InsightReport.Create(a).ToJson();
        static ChatLogReader Read(byte[] log) => new(new StreamReader(new MemoryStream(log)), ChatLogFormat.JsonLines);
    }

    /// <summary>The same signals, but not an <see cref="AnalyzerCustomerClassifier"/>: the inspector must redact every message.</summary>
    private sealed class OpaqueClassifier(ICustomerClassifier inner) : ICustomerClassifier
    {
        public CustomerSignals Classify(string text) => inner.Classify(text);
    }
}

/// <summary>The reader-to-worker hand-off (<see cref="BatchQueue{T}"/>): cancellation and completion never hang or lose items.</summary>
public sealed class BatchQueueTests
{
    [Fact]
    public void Inspect_CancelledWhileReading_ThrowsWithTheCallersToken()
    {
        using var cts = new CancellationTokenSource();
        var log = ReportLogCorpus.JsonLines(20_000);
        var reader = new ChatLogReader(new StreamReader(new MemoryStream(log)), ChatLogFormat.JsonLines);
        var ex = Assert.ThrowsAny<OperationCanceledException>(() => new QualityInspector().Inspect(reader, "x", n =>
        {
            if (n >= 4_096)
            {
                cts.Cancel();
            }
        }, cts.Token));
        Assert.Equal(cts.Token, ex.CancellationToken);
    }

    [Fact]
    public void Queue_DeliversEveryItemInOrder_ThenReportsCompletion()
    {
        var q = new BatchQueue<string>(2);
        var taken = new List<string>();
        var consumer = Task.Run(() =>
        {
            while (q.TryTake(out var s))
            {
                taken.Add(s!);
            }
        });
        for (var i = 0; i < 1_000; i++)
        {
            q.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        q.Complete();
        consumer.Wait();
        Assert.Equal(Enumerable.Range(0, 1_000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), taken);
        Assert.Throws<InvalidOperationException>(() => q.Add("late"));
    }

    [Fact]
    public void Queue_Cancel_WakesABlockedProducerAndConsumer()
    {
        var full = new BatchQueue<string>(1);
        full.Add("a");
        var producer = Task.Run(() => full.Add("b"));
        var empty = new BatchQueue<string>(1);
        var consumer = Task.Run(() => empty.TryTake(out _));
        full.Cancel();
        empty.Cancel();
        Assert.IsAssignableFrom<OperationCanceledException>(Assert.Throws<AggregateException>(() => producer.Wait()).InnerException);
        Assert.IsAssignableFrom<OperationCanceledException>(Assert.Throws<AggregateException>(() => consumer.Wait()).InnerException);
    }
}
