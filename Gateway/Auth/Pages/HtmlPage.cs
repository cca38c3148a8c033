using System.Net;

namespace LaserGrains.Gateway.Auth.Pages;

/// <summary>The frame of the account pages: plain server-rendered HTML, no script; every text passes through <see cref="Encode"/>.</summary>
public static class HtmlPage
{
    public static IResult Render(string title, string body, int status = StatusCodes.Status200OK, bool wide = false) =>
        TypedResults.Content(
            $$"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{Encode(title)}} · LaserGrains</title>
            <style>body{font-family:system-ui,sans-serif;max-width:26rem;margin:4rem auto;padding:0 1rem;color:#1d2430}
            label{display:block;margin:.8rem 0 .2rem}input{width:100%;padding:.45rem;box-sizing:border-box}
            button{margin-top:1rem;padding:.5rem 1.2rem}.error{color:#a3231f}.note{color:#555}
            body.wide{max-width:72rem}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd}
            td form button,td form{margin:0}code{word-break:break-all}</style></head>
            <body{{(wide ? " class=\"wide\"" : "")}}><main><h1>{{Encode(title)}}</h1>
            {{body}}
            </main></body></html>
            """,
            "text/html; charset=utf-8",
            statusCode: status);

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Error(string? message) => message is null ? "" : $"<p class=\"error\" role=\"alert\">{Encode(message)}</p>";
}
