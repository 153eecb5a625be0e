// Command awssdkgov2 uploads reports to S3 with static AWS credentials.
package main

import (
	"os"

	"github.com/aws/aws-sdk-go-v2/credentials"
)

func main() {
	creds := credentials.NewStaticCredentialsProvider(
		"AKIA"+"RLWB58JL85GNHFI5",                     // want `AWS access key ID in a string literal \("AKIA…", 20 chars\)`
		"qt0AAjCi3nK6Vs8Wjux"+"S8X4EVgYTHX0BN/QXvSoa", // want `AWS secret access key in a string literal`
		"", // ok: AV102
	)
	fixed := credentials.NewStaticCredentialsProvider(os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY"), "") // ok: AV102
	_, _ = creds, fixed
}

// profile is a config snippet holding both keys; each is reported on its own line.
const profile = "[default]\naws_access_key_id = AKIA" + "RLWB58JL85GNHFI5\n" + // want `AWS access key ID`
	"aws_secret_access_key = qt0AAjCi3nK6Vs8Wjux" + "S8X4EVgYTHX0BN/QXvSoa\n" // want `AWS secret access key`

// example is the documentation pair.
const example = "AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" // ok: AV102
