// engine/draft/stem: one stem for the forms an article and a data file's label use.
#include "engine/draft/stem.hpp"

#include <catch2/catch.hpp>

#include <thread>

using claimcheck::stem;

TEST_CASE("the forms of a word share a stem", "[stem]") {
    CHECK(stem("arrested") == stem("arrests"));
    CHECK(stem("persistently") == stem("persistent"));
    CHECK(stem("libraries") == stem("library"));
    CHECK(stem("charged") == stem("charges"));
    CHECK(stem("homes") == "home");
}

TEST_CASE("different words keep different stems", "[stem]") {
    CHECK(stem("arrests") != stem("charges"));
    CHECK(stem("absent") != stem("allowed"));
}

TEST_CASE("what is not an English word passes through", "[stem]") {
    CHECK(stem("2016/17") == "2016/17");
    CHECK(stem("") == "");
}

TEST_CASE("each thread stems with its own stemmer", "[stem]") {
    std::string a, b;
    std::thread t1([&] { for (int i = 0; i < 1000; ++i) a = stem("arrested"); });
    std::thread t2([&] { for (int i = 0; i < 1000; ++i) b = stem("libraries"); });
    t1.join();
    t2.join();
    CHECK(a == "arrest");
    CHECK(b == "librari");
}
