using System.Text.Json;
using Xunit;

namespace Sightline.Notify.Tests;

/// <summary>Sends the two-finding notice once to a scripted server and returns what it received.</summary>
internal static class SendOnce
{
    public static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    public static async Task<(DeliveryResult Result, ReceivedRequest Request)> SendAsync(NoticeFormat format, string path, string? token, Reply reply)
    {
        await using var server = new LocalHttpServer(reply);
        using var sender = new RecordingSender();
        var result = await sender.SendAsync(Notices.TwoFindings, new NotificationTarget("t", format, server.Url(path), token));
        return (result, Assert.Single(server.Requests));
    }
}
