plugins {
    kotlin("jvm") version "2.0.0"
}

// Versions shared by the modules below.
val okioVersion = "3.0.0"

dependencies {
    /* I/O */
    implementation("com.squareup.okio:okio:$okioVersion")
    implementation("org.springframework:spring-core:${springVersion}") // from gradle.properties
    implementation("com.google.guava:guava:31.+")
    implementation(libs.netty)
}
