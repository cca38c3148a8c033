using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LaserGrains.Gateway.Ui.Shell;

/// <summary>Small HTML answers for htmx fragments; every text is encoded.</summary>
public static class Html
{
    public static ContentHttpResult Text(string text, bool error = false) =>
        TypedResults.Content($"<span class=\"{(error ? "error" : "ok")}\">{WebUtility.HtmlEncode(text)}</span>", "text/html; charset=utf-8");
}
