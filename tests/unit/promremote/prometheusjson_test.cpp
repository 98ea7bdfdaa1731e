// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include <opsdeck/remote/prometheusjson.h>

#include <gtest/gtest.h>

#include <cmath>

using namespace OpsDeck;
using namespace OpsDeck::Remote;

namespace {

QueryResult parseOk(const QByteArray &body)
{
    const Result<QueryResult> result = parseQueryResponse(body);
    EXPECT_TRUE(result.ok()) << qPrintable(result.ok() ? QString() : result.error().toString());
    return result.ok() ? *result : QueryResult{};
}

Error parseFails(const QByteArray &body)
{
    const Result<QueryResult> result = parseQueryResponse(body);
    EXPECT_FALSE(result.ok()) << "parsed: " << body.constData();
    return result.ok() ? Error{} : result.error();
}

} // namespace

TEST(PrometheusJson, ReadsAVectorWithLabelsAndSpecialValues)
{
    const QueryResult r = parseOk(R"({"status":"success","data":{"resultType":"vector","result":[
        {"metric":{"__name__":"up","job":"a"},"value":[1780000000.5,"1"]},
        {"metric":{"job":"b"},"value":[1780000001,"NaN"]},
        {"metric":{},"value":[1780000002.001,"+Inf"]},
        {"metric":{"x":"y"},"value":[1780000003,"-Inf"]},
        {"metric":{"x":"z"},"value":[1780000004,"1.5e-3"]}]}})");
    EXPECT_EQ(r.type, ResultType::Vector);
    ASSERT_EQ(r.series.size(), 5);
    EXPECT_EQ(r.series[0].labels.value(QStringLiteral("__name__")), QStringLiteral("up"));
    EXPECT_EQ(r.series[0].samples[0].timestampMs, 1'780'000'000'500);
    EXPECT_EQ(r.series[0].samples[0].value, 1.0);
    EXPECT_TRUE(std::isnan(r.series[1].samples[0].value));
    EXPECT_EQ(r.series[2].samples[0].timestampMs, 1'780'000'002'001);
    EXPECT_TRUE(std::isinf(r.series[2].samples[0].value) && r.series[2].samples[0].value > 0);
    EXPECT_TRUE(std::isinf(r.series[3].samples[0].value) && r.series[3].samples[0].value < 0);
    EXPECT_DOUBLE_EQ(r.series[4].samples[0].value, 0.0015);
    EXPECT_TRUE(r.warnings.isEmpty());
}

TEST(PrometheusJson, ReadsAMatrixScalarStringAndKeepsWarnings)
{
    const QueryResult m = parseOk(R"({"status":"success","warnings":["partial answer: store b down"],
        "data":{"resultType":"matrix","result":[{"metric":{"job":"a"},"values":[[10,"1"],[25,"2"],[40,"3"]]}]}})");
    EXPECT_EQ(m.type, ResultType::Matrix);
    ASSERT_EQ(m.series.size(), 1);
    ASSERT_EQ(m.series[0].samples.size(), 3);
    EXPECT_EQ(m.series[0].samples[2], (Backend::Sample{40'000, 3.0}));
    EXPECT_EQ(m.warnings, QStringList{QStringLiteral("partial answer: store b down")});

    const QueryResult s = parseOk(R"({"status":"success","data":{"resultType":"scalar","result":[5,"42"]}})");
    EXPECT_EQ(s.type, ResultType::Scalar);
    ASSERT_EQ(s.series.size(), 1);
    EXPECT_TRUE(s.series[0].labels.isEmpty());
    EXPECT_EQ(s.series[0].samples[0], (Backend::Sample{5000, 42.0}));

    const QueryResult t = parseOk(R"({"status":"success","data":{"resultType":"string","result":[5,"hello"]}})");
    EXPECT_EQ(t.type, ResultType::String);
    EXPECT_EQ(t.stringValue, QStringLiteral("hello"));
    EXPECT_TRUE(t.series.isEmpty());
}

TEST(PrometheusJson, AnErrorAnswerCarriesPrometheusOwnMessage)
{
    // A syntax error is a Parse error whose detail starts at its position.
    const Error e = parseFails(R"({"status":"error","errorType":"bad_data",
        "error":"invalid parameter \"query\": 1:8: parse error: unclosed left parenthesis"})");
    EXPECT_EQ(e.code, ErrorCode::Parse);
    EXPECT_TRUE(e.message.contains(QStringLiteral("1:8: parse error: unclosed left parenthesis"))) << qPrintable(e.message);
    EXPECT_EQ(e.detail, QStringLiteral("1:8: parse error: unclosed left parenthesis"));
    EXPECT_FALSE(isMalformedAnswer(e));
    // Other refusals keep their type.
    const Error start = parseFails(R"({"status":"error","errorType":"bad_data",
        "error":"invalid parameter \"start\": cannot parse \"x\" to a valid timestamp"})");
    EXPECT_EQ(start.code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(start.detail.contains(QStringLiteral("bad_data")));
    EXPECT_TRUE(isMalformedAnswer(parseFails("{\"status\":1}")));
    EXPECT_TRUE(isMalformedAnswer(parseFails("1:2: parse error: not JSON")));
    EXPECT_EQ(parseFails(R"({"status":"error","errorType":"timeout","error":"query timed out"})").code,
              ErrorCode::Timeout);
    EXPECT_EQ(parseFails(R"({"status":"error","errorType":"execution","error":"many-to-many"})").code,
              ErrorCode::InvalidArgument);
}

TEST(PrometheusJson, MalformedAnswersNameWhatAndWhere)
{
    struct Case
    {
        const char *body;
        const char *expected; // part of the message
    };
    const Case cases[] = {
        {"", "the body is empty"},
        {"<html>502 Bad Gateway</html>", "not valid JSON at byte"},
        {R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"val)", "cut short"},
        {R"([1,2])", "expected an object"},
        {R"({"data":{}})", "status: missing"},
        {R"({"status":"maybe","data":{}})", "status: expected \"success\" or \"error\", got \"maybe\""},
        {R"({"status":"success"})", "data: missing"},
        {R"({"status":"success","data":{"resultType":"vector","result":[]},"warnings":"x"})", "warnings: expected an array of strings, got a string"},
        {R"({"status":"success","data":{"resultType":"vector","result":[]},"warnings":[1]})", "warnings[0]: expected a string, got a number"},
        {R"({"status":"success","data":[]})", "data: expected an object, got an array"},
        {R"({"status":"success","data":{"result":[]}})", "data.resultType: missing"},
        {R"({"status":"success","data":{"resultType":"histo","result":[]}})", "data.resultType: expected vector, matrix, scalar or string, got \"histo\""},
        {R"({"status":"success","data":{"resultType":"vector","result":{}}})", "data.result: expected an array, got an object"},
        {R"({"status":"success","data":{"resultType":"vector","result":[{"value":[1,"1"]}]}})", "data.result[0].metric: missing"},
        {R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{"a":1},"value":[1,"1"]}]}})", "data.result[0].metric.a: expected a string, got a number"},
        {R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,1]}]}})", "data.result[0].value[1]: expected a string, got a number"},
        {R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":["1","1"]}]}})", "data.result[0].value[0]: expected a number (seconds), got a string"},
        {R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"abc"]}]}})", "data.result[0].value[1]: \"abc\" is not a number"},
        {R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"],[2,"2",3]]}]}})", "data.result[0].values[1]: expected 2 elements, got 3"},
        {R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":null}]}})", "data.result[0].values: expected an array of [timestamp, \"value\"] pairs, got null"},
        {R"({"status":"success","data":{"resultType":"scalar","result":"1"}})", "data.result: expected a [timestamp, \"value\"] pair, got a string"},
        {R"({"status":"error","errorType":"bad_data"})", "error: missing"},
    };
    for (const Case &c : cases) {
        const Error e = parseFails(QByteArray(c.body));
        EXPECT_TRUE(e.message.contains(QString::fromUtf8(c.expected)))
            << "body: " << c.body << "\nmessage: " << qPrintable(e.message);
    }
    // Every structural fault is a Parse error, never an empty result.
    EXPECT_EQ(parseFails(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,1]}]}})").code,
              ErrorCode::Parse);
}

TEST(PrometheusJson, SeriesAndBuildInfo)
{
    const Result<Envelope> envelope = parseEnvelope(
        R"({"status":"success","data":[{"__name__":"up","job":"a"},{"__name__":"up","job":"b"}]})");
    ASSERT_TRUE(envelope.ok());
    const Result<QList<LabelSet>> series = parseSeriesData(envelope->data);
    ASSERT_TRUE(series.ok());
    ASSERT_EQ(series->size(), 2);
    EXPECT_EQ(series->at(1).value(QStringLiteral("job")), QStringLiteral("b"));

    const Result<Envelope> bad = parseEnvelope(R"({"status":"success","data":[{"job":["a"]}]})");
    ASSERT_TRUE(bad.ok());
    const auto badSeries = parseSeriesData(bad->data);
    ASSERT_FALSE(badSeries.ok());
    EXPECT_TRUE(badSeries.error().message.contains(QStringLiteral("data[0].job: expected a string, got an array")));

    const auto info = parseEnvelope(R"({"status":"success","data":{"version":"2.42.0","revision":"x"}})");
    ASSERT_TRUE(info.ok());
    const auto build = parseBuildInfo(info->data);
    ASSERT_TRUE(build.ok());
    EXPECT_EQ(build->version, QStringLiteral("2.42.0"));
    const auto noVersion = parseBuildInfo(QJsonValue(QJsonObject()));
    ASSERT_FALSE(noVersion.ok());
    EXPECT_TRUE(noVersion.error().message.contains(QStringLiteral("data.version: missing")));
}

TEST(PrometheusJson, SampleValueSpellings)
{
    EXPECT_TRUE(std::isnan(*parseSampleValue(u"NaN")));
    EXPECT_EQ(*parseSampleValue(u"+Inf"), std::numeric_limits<double>::infinity());
    EXPECT_EQ(*parseSampleValue(u"-Inf"), -std::numeric_limits<double>::infinity());
    EXPECT_EQ(*parseSampleValue(u"-12.5"), -12.5);
    EXPECT_EQ(*parseSampleValue(u"1e300"), 1e300);
    EXPECT_FALSE(parseSampleValue(u"").has_value());
    EXPECT_FALSE(parseSampleValue(u"1,5").has_value());
    EXPECT_FALSE(parseSampleValue(u"12abc").has_value());
    EXPECT_FALSE(parseSampleValue(u"1e999").has_value()); // overflows: not a value Prometheus writes
    EXPECT_FALSE(parseSampleValue(u"inf").has_value());
    EXPECT_FALSE(parseSampleValue(u"+-1").has_value());
    EXPECT_FALSE(parseSampleValue(u"\u0661").has_value()); // an Arabic-Indic digit
    EXPECT_EQ(*parseSampleValue(u"+2.5"), 2.5);
    EXPECT_EQ(*parseSampleValue(u"0.1"), 0.1);
    EXPECT_EQ(*parseSampleValue(u"123456789012345678"), 123456789012345678.0);
}
