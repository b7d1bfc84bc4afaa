using CsEtiquette.Internal;

namespace CsEtiquette.Insights;

/// <summary>
/// Streams a chat log through quality inspection (在岗跟踪 / 日常服务质检) and returns the mergeable
/// <see cref="InsightAggregate"/>: the calling thread reads and routes messages by conversation (stable hash) to
/// <see cref="QualityInspectorOptions.Workers"/> workers over bounded queues; each worker lints agent replies,
/// analyses customer messages, tracks its open conversations and fills its own aggregate; the aggregates are
/// merged at the end. Memory is bounded by the channel capacity and the conversation window, not by the log size.
/// The result is deterministic for time-ordered logs whatever the worker count (unless the conversation window
/// overflows). Thread-safe: each call is independent.
/// </summary>
public sealed class QualityInspector : IQualityInspector
{
    /// <summary>The default analyzer without the evidence pass: a report counts labels and never shows evidence.</summary>
    private static readonly Lazy<Analysis.CustomerMessageAnalyzer> LabelsOnly =
        new(() => new Analysis.CustomerMessageAnalyzer(new Analysis.AnalysisOptions { IncludeEvidence = false }), LazyThreadSafetyMode.ExecutionAndPublication);

    internal const int BatchSize = 256;
    internal const int ChannelCapacity = 8;

    private readonly QualityInspectorOptions _options;
    private readonly IReplyChecker _checker;
    private readonly ICustomerClassifier _classifier;
    private readonly Dictionary<string, string> _lintMessages = new(StringComparer.Ordinal);

    /// <summary>Creates an inspector.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message names it).</exception>
    public QualityInspector(QualityInspectorOptions? options = null)
        : this(options, null, null)
    {
    }

    internal QualityInspector(QualityInspectorOptions? options, IReplyChecker? checker, ICustomerClassifier? classifier)
    {
        _options = options ?? new QualityInspectorOptions();
        _options.Validate();
        var linter = _options.Linter ?? Linting.ReplyLinter.Default;
        _checker = checker ?? new LinterReplyChecker(linter);
        foreach (var rule in linter.Rules)
        {
            _lintMessages[rule.Id] = rule.Message;
        }
        _classifier = classifier ?? new AnalyzerCustomerClassifier(_options.Analyzer ?? LabelsOnly.Value);
    }

    /// <summary>
    /// Inspects every record of <paramref name="reader"/>. Bad lines are counted and listed in the aggregate
    /// (named by <paramref name="source"/>); with <see cref="QualityInspectorOptions.Strict"/> the first one throws.
    /// </summary>
    /// <param name="reader">The log.</param>
    /// <param name="source">Name of the log in bad-line listings (e.g. its file name).</param>
    /// <param name="recordsRead">Called on the calling thread every few hundred records with the count so far.</param>
    /// <param name="cancellationToken">Stops the run with <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ChatLogFormatException">Strict mode and a bad line, or an unreadable CSV header.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter type (ChatLogReader vs IEnumerable<ChatMessage>), so no call binds to both.")]
    public InsightAggregate Inspect(ChatLogReader reader, string source = "", Action<long>? recordsRead = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var result = Run(reader.ReadAll(), source, recordsRead, cancellationToken);
        result.BlankLines += reader.BlankLines;
        return result;
    }

    /// <summary>Inspects messages already in memory, in order.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter type (ChatLogReader vs IEnumerable<ChatMessage>), so no call binds to both.")]
    public InsightAggregate Inspect(IEnumerable<ChatMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return Run(messages.Select((m, i) => new ChatLogEntry(i + 1, m ?? throw new ArgumentException("null message.", nameof(messages)), null)), string.Empty, null, cancellationToken);
    }

    private sealed class Batch(int capacity)
    {
        public readonly ChatMessage[] Messages = new ChatMessage[capacity];
        public readonly long[] Seq = new long[capacity];
        public readonly long[] Watermark = new long[capacity];
        public int Count;
    }

    private InsightAggregate Run(IEnumerable<ChatLogEntry> entries, string source, Action<long>? recordsRead, CancellationToken cancellationToken)
    {
        var workers = _options.Workers;
        var vocabulary = _options.Vocabulary ?? InspectionVocabulary.Default;
        var keywords = _options.Keywords ?? KeywordExtractor.Default;
        var window = Math.Max(1, _options.ConversationWindow / workers);
        var redactor = _options.RedactPersonalData ? _options.Analyzer ?? LabelsOnly.Value : null;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channels = new BatchQueue<Batch>[workers];
        var partitions = new InspectionPartition[workers];
        var tasks = new Task[workers];
        long endWatermark = long.MinValue;
        for (var p = 0; p < workers; p++)
        {
            channels[p] = new BatchQueue<Batch>(ChannelCapacity);
            var trusts = _classifier is AnalyzerCustomerClassifier c && ReferenceEquals(c.Analyzer, redactor);
            partitions[p] = _options.ScoreConversations
                ? new InspectionPartition(keywords, vocabulary, _checker, _classifier, window, _options.ConversationRules ?? ConversationRules.Default, _options.Scorecard ?? Scorecard.Default, _lintMessages, redactor) { TrustsPersonalDataSignal = trusts }
                : new InspectionPartition(keywords, vocabulary, _checker, _classifier, window, redactor) { TrustsPersonalDataSignal = trusts };
            var (channel, partition) = (channels[p], partitions[p]);
            tasks[p] = Task.Factory.StartNew(
                () =>
                {
                    try
                    {
                        while (channel.TryTake(out var batch))
                        {
                            for (var i = 0; i < batch!.Count; i++)
                            {
                                partition.Process(batch.Messages[i], batch.Seq[i], batch.Watermark[i]);
                            }
                        }

                        partition.Finish(Volatile.Read(ref endWatermark));
                    }
                    catch
                    {
                        cts.Cancel();
                        throw;
                    }
                },
                cts.Token,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
        }

        // Cancellation (the caller's, or a failed worker's cts.Cancel) wakes both sides of every queue.
        using var wake = cts.Token.Register(() =>
        {
            foreach (var c in channels)
            {
                c.Cancel();
            }
        });
        var front = new InsightAggregate();
        var pending = new Batch?[workers];
        var seq = _options.SequenceBase;
        var (since, until) = (_options.Since, _options.Until);
        var watermark = long.MinValue;
        long records = 0;
        try
        {
            foreach (var entry in entries)
            {
                records++;
                if (entry.Message is not { } m)
                {
                    if (_options.Strict)
                    {
                        throw new ChatLogFormatException($"{(source.Length > 0 ? source + ":" : "line ")}{entry.Line}: {entry.Error}");
                    }

                    front.BadLines++;
                    front.AddBadLineSample(new ChatLogProblem(source, entry.Line, entry.Error ?? "bad line"));
                    continue;
                }

                // The period (Since inclusive, Until exclusive) is a filter, not an error: other messages are skipped.
                if ((since is { } s && m.At < s) || (until is { } u && m.At >= u))
                {
                    continue;
                }

                watermark = Math.Max(watermark, m.At.UtcTicks);
                var p = (int)(Fnv1a.Hash32(m.Conversation) % (uint)workers);
                var batch = pending[p] ??= new Batch(BatchSize);
                batch.Messages[batch.Count] = m;
                batch.Seq[batch.Count] = seq++;
                batch.Watermark[batch.Count] = watermark;
                if (++batch.Count == BatchSize)
                {
                    channels[p].Add(batch);
                    pending[p] = null;
                }

                if (recordsRead is not null && (records & 255) == 0)
                {
                    recordsRead(records);
                }
            }

            for (var p = 0; p < workers; p++)
            {
                if (pending[p] is { Count: > 0 } b)
                {
                    channels[p].Add(b);
                }
            }

            Volatile.Write(ref endWatermark, watermark);
            recordsRead?.Invoke(records);
        }
        catch (Exception ex)
        {
            cts.Cancel();
            WaitQuietly(tasks);
            var workerError = FirstWorkerError(tasks);
            if (ex is OperationCanceledException && workerError is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(workerError).Throw();
            }

            if (ex is OperationCanceledException)
            {
                cancellationToken.ThrowIfCancellationRequested(); // the caller's token on the exception
            }

            throw;
        }

        foreach (var c in channels)
        {
            c.Complete();
        }

        WaitQuietly(tasks);
        if (FirstWorkerError(tasks) is { } error)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        }

        cancellationToken.ThrowIfCancellationRequested();
        // Fold into the first partition's aggregate (no extra copy of its term table); Merge is commutative.
        var result = partitions[0].Aggregate;
        result.Add(front);
        for (var p = 1; p < partitions.Length; p++)
        {
            result.Add(partitions[p].Aggregate);
        }

        return result;
    }

    private static void WaitQuietly(Task[] tasks)
    {
        try
        {
            Task.WaitAll(tasks);
        }
        catch (AggregateException)
        {
            // inspected by FirstWorkerError
        }
    }

    private static Exception? FirstWorkerError(Task[] tasks)
    {
        foreach (var t in tasks)
        {
            if (t.IsFaulted && t.Exception!.InnerException is { } inner and not OperationCanceledException)
            {
                return inner;
            }
        }

        return null;
    }

}
