using Microsoft.Data.Sqlite;
using Sightline.Store;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>The fix record is append-only and hash-chained: any change or removal behind the store's back is found.</summary>
public class FixRecordTests
{
    private static (TempFolder Temp, SightlineStore Store) Recorded()
    {
        var temp = new TempFolder();
        Directory.CreateDirectory(Path.GetDirectoryName(temp.Database)!);
        var store = SightlineStore.Open(temp.Database);
        store.AppendFixEvent("GHSA-x", "billing-service", FixSteps.Planned, "alice", "{\"to\":\"2.17.1\"}", "bump:billing-service:pom.xml:log4j-core");
        store.AppendFixEvent("GHSA-x", "billing-service", FixSteps.Committed, "alice", "{\"commit\":\"abc\"}");
        store.AppendFixEvent("GHSA-x", "billing-service", FixSteps.Verified, "ci", "{\"revision\":\"def\"}");
        return (temp, store);
    }

    private static void Sql(TempFolder temp, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={temp.Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public void UntouchedRecord_IsIntact_AndChained()
    {
        var (temp, store) = Recorded();
        using (temp)
        using (store)
        {
            var events = store.LoadFixEvents("GHSA-x");
            Assert.Equal([1L, 2L, 3L], events.Select(e => e.Sequence));
            Assert.Equal(FixEvent.Genesis, events[0].PreviousHash);
            Assert.Equal(events[0].Hash, events[1].PreviousHash);
            Assert.Equal(new FixRecordVerification(true, 3, null, null), store.VerifyFixRecord());
        }
    }

    [Fact]
    public void UpdatesAndDeletes_AreRefusedByTheStore()
    {
        var (temp, store) = Recorded();
        using (temp)
        using (store)
        {
            var update = Assert.Throws<SqliteException>(() => Sql(temp, "UPDATE fix_events SET actor = 'mallory' WHERE sequence = 2"));
            Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
            Assert.Throws<SqliteException>(() => Sql(temp, "DELETE FROM fix_events WHERE sequence = 2"));
        }
    }

    [Fact]
    public void ModifiedRow_IsDetected_WithItsSequence()
    {
        var (temp, store) = Recorded();
        using (temp)
        using (store)
        {
            Sql(temp, "DROP TRIGGER fix_events_no_update; UPDATE fix_events SET evidence = '{\"commit\":\"evil\"}' WHERE sequence = 2");

            var result = store.VerifyFixRecord();

            Assert.False(result.Intact);
            Assert.Equal(2, result.FirstBadSequence);
            Assert.Contains("was modified", result.Problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RemovedRow_IsDetected()
    {
        var (temp, store) = Recorded();
        using (temp)
        using (store)
        {
            Sql(temp, "DROP TRIGGER fix_events_no_delete; DELETE FROM fix_events WHERE sequence = 2");

            var result = store.VerifyFixRecord();

            Assert.False(result.Intact);
            Assert.Equal(3, result.FirstBadSequence);
            Assert.Contains("event 2 is missing", result.Problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RehashedRow_StillBreaksTheChain()
    {
        var (temp, store) = Recorded();
        using (temp)
        using (store)
        {
            // A forger who recomputes the changed row's own hash still breaks the next row's link.
            var second = store.LoadFixEvents()[1];
            var forged = FixEvent.ComputeHash(2, second.FixId, second.Repository, second.Step, second.At, "mallory", second.PlanStep, second.Evidence, second.PreviousHash);
            Sql(temp, $"DROP TRIGGER fix_events_no_update; UPDATE fix_events SET actor = 'mallory', hash = '{forged}' WHERE sequence = 2");

            var result = store.VerifyFixRecord();

            Assert.Equal(3, result.FirstBadSequence);
            Assert.Contains("does not follow", result.Problem, StringComparison.Ordinal);
        }
    }
}
