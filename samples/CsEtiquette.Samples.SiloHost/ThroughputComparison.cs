using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CsEtiquette.Assistant;
using CsEtiquette.DependencyInjection;
using CsEtiquette.Hosting;
using CsEtiquette.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Hosting;

namespace CsEtiquette.Samples.SiloHost;

/// <summary>
/// Messages/s of a full <c>Suggest</c> through a conversation grain on one silo versus the same calls in process (no
/// Orleans), in one run over one message set: <c>chats</c> workers at once, each sending <see cref="SiloHostApp.Script"/>
/// in turn and starting a new chat every <see cref="MessagesPerChat"/> messages, each variant for <c>seconds</c>, the
/// variants interleaved round after round so that a busy machine slows all of them alike. Variants:
/// <list type="number">
/// <item>in process: <see cref="IReplyAssistant.Suggest"/> on a conversation the worker holds;</item>
/// <item>in process + JSON: the same plus <see cref="ConversationJson.Serialize"/> of the result (what every store write costs first);</item>
/// <item>in process + SQLite: the same plus <see cref="IConversationStore.SaveAsync"/> into a SQLite file (a write per message, no Orleans);</item>
/// <item>grain, in-memory store: <see cref="IConversationGrain.Suggest"/>, a write per message into <see cref="InMemoryConversationStore"/>;</item>
/// <item>grain, SQLite store: a write per message into a SQLite file (the sample's store);</item>
/// <item>grain, SQLite, write-behind: <see cref="ConversationGrainOptions.WriteEvery"/> = N.</item>
/// </list>
/// The grains are called through the silo's own grain factory (as a chat server hosting its silo does): no network hop.
/// Silo start, pack and model load are outside the timed windows (each variant is warmed up first).
/// </summary>
internal static class ThroughputComparison
{
    internal const int MessagesPerChat = 40;

    public static async Task<int> RunAsync(TimeSpan duration, int chats, int rounds, int writeEvery, TextWriter output)
    {
        var temp = new List<string>();
        var hosts = new List<IHost>();
        try
        {
            using var inProcessServices = new ServiceCollection().AddCsEtiquette().BuildServiceProvider();
            var assistant = inProcessServices.GetRequiredService<IReplyAssistant>();
            var factory = inProcessServices.GetRequiredService<ConversationFactory>();

            async Task<Target> SiloAsync(bool sqlite, int every)
            {
                string? db = null;
                if (sqlite)
                {
                    db = Path.Combine(Path.GetTempPath(), "cse-silo-bench-" + Guid.NewGuid().ToString("N") + ".db");
                    temp.Add(db);
                }

                var host = await StartSiloAsync(db, every).ConfigureAwait(false);
                hosts.Add(host);
                return new GrainTarget(host.Services.GetRequiredService<IGrainFactory>());
            }

            var inProcessDb = Path.Combine(Path.GetTempPath(), "cse-silo-bench-" + Guid.NewGuid().ToString("N") + ".db");
            temp.Add(inProcessDb);
            using var inProcessStore = Stores.Sqlite.SqliteEtiquetteStore.ForFile(inProcessDb);
            var withJson = new InProcessTarget(assistant, factory, chats, serialize: true, store: null);
            var variants = new (string Name, Target Target)[]
            {
                ("in process", new InProcessTarget(assistant, factory, chats, serialize: false, store: null)),
                ("in process + JSON", withJson),
                ("in process + SQLite write", new InProcessTarget(assistant, factory, chats, serialize: false, store: inProcessStore)),
                ("grain, in-memory store", await SiloAsync(sqlite: false, 1).ConfigureAwait(false)),
                ("grain, SQLite store", await SiloAsync(sqlite: true, 1).ConfigureAwait(false)),
                (string.Create(CultureInfo.InvariantCulture, $"grain, SQLite, WriteEvery={writeEvery}"), await SiloAsync(sqlite: true, writeEvery).ConfigureAwait(false)),
            };

            // Warm-up (JIT, packs, model, first activations), not timed.
            foreach (var (_, target) in variants)
            {
                await MeasureAsync(target, chats, TimeSpan.FromMilliseconds(300), "warm").ConfigureAwait(false);
            }

            var rates = new double[variants.Length, rounds];
            for (var r = 0; r < rounds; r++)
            {
                for (var v = 0; v < variants.Length; v++)
                {
                    var (messages, seconds) = await MeasureAsync(variants[v].Target, chats, duration,
                        string.Create(CultureInfo.InvariantCulture, $"r{r}v{v}")).ConfigureAwait(false);
                    rates[v, r] = messages / seconds;
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"throughput: {chats} concurrent chats, {rounds} round(s) of {duration.TotalSeconds:F0} s per variant (interleaved), {Environment.ProcessorCount} cores; ratio = variant msg/s / in-process msg/s of the same round, median (min-max) over rounds"));
            output.WriteLine("  variant                          msg/s (median)   ratio (min-max)       cost in Suggests");
            var medianRatios = new double[variants.Length];
            for (var v = 0; v < variants.Length; v++)
            {
                var perRound = new double[rounds];
                var ratios = new double[rounds];
                for (var r = 0; r < rounds; r++)
                {
                    perRound[r] = rates[v, r];
                    ratios[r] = rates[v, r] / rates[0, r];
                }

                medianRatios[v] = Median(ratios);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {variants[v].Name,-30} {Median(perRound),10:F0}   {medianRatios[v],9:F2} ({ratios.Min():F2}-{ratios.Max():F2})   {1 / medianRatios[v],8:F1}"));
            }

            // A message's cost in units of one in-process Suggest is 1 / ratio; what a variant adds is that minus 1.
            double Added(int v) => 1 / medianRatios[v] - 1;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  added per message, in Suggests: JSON of the conversation {Added(1):F1} (mean {withJson.MeanJsonChars:F0} chars); SQLite write incl. JSON {Added(2):F1}; grain call + in-memory store write {Added(3):F1}; grain + SQLite write {Added(4):F1}; grain + SQLite every {writeEvery} {Added(5):F1}"));
            return 0;
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.StopAsync().ConfigureAwait(false);
                host.Dispose();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var db in temp)
            {
                foreach (var f in new[] { db, db + "-wal", db + "-shm" })
                {
                    File.Delete(f);
                }
            }
        }
    }

    private static async Task<(long Messages, double Seconds)> MeasureAsync(Target target, int chats, TimeSpan duration, string run)
    {
        var counts = new long[chats];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, chats).Select(w => Task.Run(async () =>
        {
            var n = 0;
            var chat = ChatId(run, w, 0);
            while (clock.Elapsed < duration)
            {
                await target.SuggestAsync(w, chat, SiloHostApp.Script[n % SiloHostApp.Script.Length]).ConfigureAwait(false);
                n++;
                if (n % MessagesPerChat == 0)
                {
                    chat = ChatId(run, w, n / MessagesPerChat);
                }
            }

            counts[w] = n;
        }))).ConfigureAwait(false);
        return (counts.Sum(), clock.Elapsed.TotalSeconds);
    }

    private static string ChatId(string run, int worker, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"bench-{run}-{worker}-{index}");

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static async Task<IHost> StartSiloAsync(string? sqlitePath, int writeEvery)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Error);
        builder.Services.AddCsEtiquette();
        if (sqlitePath is not null)
        {
            builder.Services.AddCsEtiquetteSqliteStore("Data Source=" + sqlitePath);
        }

        var clusterId = "bench-" + Guid.NewGuid().ToString("N");
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort(), serviceId: clusterId, clusterId: clusterId);
            silo.AddCsEtiquetteGrainStorage(o => o.WriteEvery = writeEvery);
            silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = TimeSpan.FromMinutes(2));
        });
        var host = builder.Build();
        await host.StartAsync().ConfigureAwait(false);
        return host;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private abstract class Target
    {
        public abstract ValueTask SuggestAsync(int worker, string chatId, string message);
    }

    private sealed class InProcessTarget(IReplyAssistant assistant, ConversationFactory factory, int workers, bool serialize, IConversationStore? store) : Target
    {
        private readonly Conversation?[] _current = new Conversation?[workers];
        private readonly long[] _versions = new long[workers];
        private long _jsonChars;
        private long _jsonWrites;

        public double MeanJsonChars => _jsonWrites == 0 ? 0 : (double)Interlocked.Read(ref _jsonChars) / Interlocked.Read(ref _jsonWrites);

        public override async ValueTask SuggestAsync(int worker, string chatId, string message)
        {
            Conversation conversation;
            if (_current[worker] is { } c && c.Id == chatId)
            {
                conversation = c;
            }
            else
            {
                conversation = factory.Start(chatId);
                _versions[worker] = 0;
            }

            var suggestion = assistant.Suggest(conversation, message);
            _current[worker] = suggestion.Conversation;
            if (serialize)
            {
                var json = ConversationJson.Serialize(suggestion.Conversation);
                Interlocked.Add(ref _jsonChars, json.Length);
                Interlocked.Increment(ref _jsonWrites);
            }

            if (store is not null)
            {
                var saved = await store.SaveAsync(suggestion.Conversation, _versions[worker]).ConfigureAwait(false);
                _versions[worker] = saved.IsSaved ? saved.Version : throw new InvalidOperationException(saved.Message);
            }
        }
    }

    private sealed class GrainTarget(IGrainFactory grains) : Target
    {
        public override async ValueTask SuggestAsync(int worker, string chatId, string message) =>
            await grains.GetGrain<IConversationGrain>(chatId).Suggest(message).ConfigureAwait(false);
    }
}
